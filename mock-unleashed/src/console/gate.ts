// The console's password gate. Without a password (demo, dev, tests) the console is open. With one, a login
// form sets an HttpOnly cookie holding HMAC(password) under a secret made fresh for each process (a restart
// logs everyone out), and every other console route asks for that cookie.
import { createHmac, randomBytes, timingSafeEqual } from 'node:crypto';
import express, { type Request, type RequestHandler, Router } from 'express';
import { loginPage } from './pages.ts';

const COOKIE = 'mock_unleashed_console';
const COOKIE_PATH = '/__console';

export interface PasswordGate {
  /** GET/POST /login and POST /logout (mounted under /__console). */
  routes: Router;
  /** Lets a request through when there is no password or it carries the right cookie. */
  require: RequestHandler;
}

/** Builds the gate for one console; `password` undefined leaves the console open. */
export function passwordGate(password: string | undefined): PasswordGate {
  const secret = randomBytes(32);
  const tokenOf = (text: string) => createHmac('sha256', secret).update(text, 'utf8').digest();
  const expected = password === undefined ? undefined : tokenOf(password);
  const isExpected = (token: Buffer) =>
    expected !== undefined && token.length === expected.length && timingSafeEqual(token, expected);
  const loggedIn = (req: Request) => {
    const cookie: unknown = req.cookies?.[COOKIE];
    return typeof cookie === 'string' && isExpected(Buffer.from(cookie, 'base64url'));
  };

  const routes = Router();
  routes.get('/login', (_req, res) => {
    if (expected === undefined) res.redirect(303, `${COOKIE_PATH}/`);
    else res.type('html').send(loginPage());
  });
  routes.post('/login', express.urlencoded({ extended: false, limit: '4kb' }), (req, res) => {
    if (expected === undefined) {
      res.redirect(303, `${COOKIE_PATH}/`);
      return;
    }
    const given = typeof req.body?.password === 'string' ? req.body.password : '';
    if (!isExpected(tokenOf(given))) {
      res.status(401).type('html').send(loginPage('That password is not right.'));
      return;
    }
    res.cookie(COOKIE, expected.toString('base64url'), {
      httpOnly: true,
      sameSite: 'strict',
      secure: req.secure,
      path: COOKIE_PATH,
    });
    res.redirect(303, `${COOKIE_PATH}/`);
  });
  routes.post('/logout', (_req, res) => {
    res.clearCookie(COOKIE, { path: COOKIE_PATH });
    res.redirect(303, `${COOKIE_PATH}/login`);
  });

  const require: RequestHandler = (req, res, next) => {
    if (expected === undefined || loggedIn(req)) {
      next();
      return;
    }
    if (req.method === 'GET' && req.accepts(['json', 'html']) === 'html') {
      res.redirect(303, `${COOKIE_PATH}/login`);
      return;
    }
    res.status(401).json({ Description: `Log in to the console first (${COOKIE_PATH}/login).` });
  };
  return { routes, require };
}
