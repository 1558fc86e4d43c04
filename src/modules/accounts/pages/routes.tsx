import type { Hono } from 'hono';
import { access } from '../../../web/access.ts';
import type { AppEnv } from '../../../web/context.ts';
import { emailConfirm, emailForm, emailSubmit, passwordForm, passwordSubmit } from './credentials.tsx';
import { loginForm, loginSubmit } from './login.tsx';
import { overviewPage } from './overview.tsx';
import { forgotForm, forgotSubmit, resetForm, resetSubmit } from './password-reset.tsx';
import { registerForm, registerSent, registerSubmit } from './register.tsx';
import { secondFactorForm, secondFactorSubmit } from './second-factor-login.tsx';
import { renewRecoveryCodes, setupPage, turnOff, turnOn } from './second-factor-setup.tsx';
import { logout, logoutEverywhere, sessionsPage } from './sessions.tsx';
import { resendForm, resendSubmit, verifyLink } from './verify.tsx';

/** Register, verify, log in (with second factor), log out, reset and change password and e-mail. */
export function accountPages(pages: Hono<AppEnv>) {
  const open = access('public');
  const mine = access('account');
  pages.get('/registreren', open, registerForm);
  pages.post('/registreren', open, registerSubmit);
  pages.get('/registreren/verstuurd', open, registerSent);
  pages.get('/account/verifieren', open, verifyLink);
  pages.get('/account/verifieren/opnieuw', open, resendForm);
  pages.post('/account/verifieren/opnieuw', open, resendSubmit);
  pages.get('/inloggen', open, loginForm);
  pages.post('/inloggen', open, loginSubmit);
  pages.get('/inloggen/tweede-factor', open, secondFactorForm);
  pages.post('/inloggen/tweede-factor', open, secondFactorSubmit);
  pages.post('/uitloggen', open, logout);
  pages.get('/wachtwoord-vergeten', open, forgotForm);
  pages.post('/wachtwoord-vergeten', open, forgotSubmit);
  pages.get('/wachtwoord-herstellen', open, resetForm);
  pages.post('/wachtwoord-herstellen', open, resetSubmit);
  pages.get('/account', mine, overviewPage);
  pages.get('/account/sessies', mine, sessionsPage);
  pages.post('/account/sessies/overal-uitloggen', mine, logoutEverywhere);
  pages.get('/account/wachtwoord', mine, passwordForm);
  pages.post('/account/wachtwoord', mine, passwordSubmit);
  pages.get('/account/email', mine, emailForm);
  pages.post('/account/email', mine, emailSubmit);
  pages.get('/account/email-bevestigen', open, emailConfirm);
  pages.get('/account/tweede-factor', mine, setupPage);
  pages.post('/account/tweede-factor', mine, turnOn);
  pages.post('/account/tweede-factor/herstelcodes', mine, renewRecoveryCodes);
  pages.post('/account/tweede-factor/uitzetten', mine, turnOff);
}
