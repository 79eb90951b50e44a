// After the password, when one email has logins in several stores: the stores where that email and password
// are valid, one button each; choosing signs in to that store only.
import { LoginCard } from '../../ui/sign-in-fields.tsx';

export interface StoreOption {
  id: string;
  name: string;
  slug: string;
}

export function StoreChooser(props: {
  stores: StoreOption[];
  busy: boolean;
  onChoose: (id: string) => void;
}) {
  return (
    <LoginCard title="Choose a store">
      <p class="lead">Your email has a login in more than one store. Which one do you want to open?</p>
      <ul class="store-choices">
        {props.stores.map((store) => (
          <li key={store.id}>
            <button
              type="button"
              class="button secondary"
              disabled={props.busy}
              onClick={() => props.onChoose(store.id)}
            >
              {store.name} <span class="muted">({store.slug})</span>
            </button>
          </li>
        ))}
      </ul>
    </LoginCard>
  );
}
