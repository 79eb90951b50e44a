// Runs before every test file: cheaper password hashes (the production cost is kept by every gateway process the
// tests spawn, e.g. instance-kill, and by `npm start`).
import { useScryptCostForTests } from './gateway/src/security/passwords.ts';

useScryptCostForTests(1024);
