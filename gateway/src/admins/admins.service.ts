// Admin sign-in: the same answer for an unknown email and a wrong password (no enumeration), failed attempts
// throttled per email and per address, sessions revocable.
import { randomUUID } from 'node:crypto';
import type { Clock } from '../clock.ts';
import { AppError } from '../http/problems.ts';
import type { LoginThrottle } from '../security/login-throttle.ts';
import { DECOY_HASH, hashPassword, passwordProblems, verifyPassword } from '../security/passwords.ts';
import type { SessionsService } from '../sessions/sessions.service.ts';
import type { AdminRecord, AdminsRepo } from './admins.repo.ts';

export interface Admin {
  id: string;
  email: string;
  name: string;
}

export const toAdmin = ({ id, email, name }: AdminRecord): Admin => ({ id, email, name });

export interface AdminsService {
  login(
    email: string,
    password: string,
    clientAddress: string,
  ): Promise<{ token: string; expiresAt: string; admin: Admin }>;
  /** Creates an admin (bootstrap); refuses a weak password or a taken email. */
  createAdmin(email: string, name: string, password: string): Promise<Admin>;
  get(id: string): Promise<Admin | undefined>;
  /** The account owner (the first admin): the only one who may change the plan (R7). */
  owner(): Promise<Admin | undefined>;
}

export function createAdminsService(deps: {
  repo: AdminsRepo;
  sessions: SessionsService;
  throttle: LoginThrottle;
  clock: Clock;
}): AdminsService {
  const { repo, sessions, throttle, clock } = deps;
  return {
    async login(email, password, clientAddress) {
      const keys = [`admin-email:${email.toLowerCase()}`, `admin-ip:${clientAddress}`];
      await throttle.begin(keys);
      const admin = await repo.findByEmail(email);
      const valid = await verifyPassword(password, admin?.passwordHash ?? (await DECOY_HASH));
      if (!admin || !valid) {
        throw new AppError('invalid-credentials');
      }
      await throttle.succeed(keys);
      const { token, session } = await sessions.start('admin', admin.id, null);
      return { token, expiresAt: session.expiresAt, admin: toAdmin(admin) };
    },
    async createAdmin(email, name, password) {
      const problems = passwordProblems(password);
      if (problems.length > 0) {
        throw new AppError('validation-failed', `The password needs ${problems.join(', ')}.`, {
          errors: [{ field: 'password', message: `needs ${problems.join(', ')}` }],
        });
      }
      const taken = () =>
        new AppError('validation-failed', 'An admin with this email exists already.', {
          errors: [{ field: 'email', message: 'is taken' }],
        });
      if (await repo.findByEmail(email)) throw taken();
      const record: AdminRecord = {
        id: randomUUID(),
        email: email.toLowerCase(),
        name,
        passwordHash: await hashPassword(password),
        createdAt: clock.now().toISOString(),
      };
      if (!(await repo.insert(record))) throw taken();
      return toAdmin(record);
    },
    owner: async () => {
      const record = await repo.first();
      return record ? toAdmin(record) : undefined;
    },
    get: async (id) => {
      const record = await repo.get(id);
      return record ? toAdmin(record) : undefined;
    },
  };
}
