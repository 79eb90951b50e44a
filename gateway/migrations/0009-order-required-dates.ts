// Requested delivery days (issue 16 item 7): the day the buyer asked for at checkout, Unleashed's RequiredDate.
import { type Kysely, sql } from 'kysely';

export async function up(db: Kysely<unknown>): Promise<void> {
  await sql.raw('ALTER TABLE orders ADD COLUMN required_date date').execute(db);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await sql.raw('ALTER TABLE orders DROP COLUMN required_date').execute(db);
}
