// HTTP routes of the identity module: sign-in, session, account, users, memberships, invitations.
import type { FastifyInstance, FastifyReply } from 'fastify';
import { z } from 'zod';
import type { Deps } from '../../platform/deps.ts';
import type { RequestAuth } from '../../platform/http/context.ts';
import { AppError } from '../../platform/http/errors.ts';
import { actorOf, idParams, okSchema, problems, typed } from '../../platform/http/route.ts';
import * as account from './account.ts';
import * as auth from './auth.ts';
import * as c from './contract.ts';
import * as invitations from './invitations.ts';
import { clearSessionCookie, sessionResolver, setSessionCookie } from './sessions.ts';
import * as users from './users.ts';

const ok = { ok: true as const };

export async function identityRoutes(fastify: FastifyInstance, deps: Deps) {
  const app = typed(fastify);
  const resolveAuth = sessionResolver(deps.db, deps.config, deps.now);
  const authOf = (req: { auth: RequestAuth | null }) => {
    if (!req.auth) throw new AppError('unauthenticated');
    return req.auth;
  };
  const setLangCookie = (reply: FastifyReply, locale: string) =>
    reply.setCookie('rl_lang', locale, {
      path: '/',
      sameSite: 'lax',
      maxAge: 365 * 86400,
      secure: deps.config.session.secureCookie,
    });

  // --- sign-in -------------------------------------------------------------------------------------------
  const tags = ['auth'];
  app.post(
    '/api/auth/login',
    {
      schema: {
        operationId: 'login',
        tags,
        security: [],
        body: c.loginInput,
        response: { 200: c.loginResult, ...problems(400, 401, 429) },
      },
      config: { public: true, rateLimit: { max: 20, timeWindow: 60_000 } },
    },
    async (req, reply) => {
      const result = await auth.login(deps, {
        ...req.body,
        ip: req.ip,
        userAgent: req.headers['user-agent'],
      });
      setSessionCookie(reply, deps.config, result.token);
      return { stage: result.stage };
    },
  );
  app.post(
    '/api/auth/totp',
    {
      schema: {
        operationId: 'verifyTotp',
        tags,
        body: c.totpInput,
        response: { 200: c.loginResult, ...problems(400, 401, 409, 429) },
      },
      config: { duringMfa: true, rateLimit: { max: 20, timeWindow: 60_000 } },
    },
    async (req, reply) => {
      const token = await auth.verifySecondFactor(
        deps,
        authOf(req),
        req.body.code,
        req.headers['user-agent'],
      );
      setSessionCookie(reply, deps.config, token);
      return { stage: 'complete' as const };
    },
  );
  app.post(
    '/api/auth/logout',
    {
      schema: { operationId: 'logout', tags, response: { 200: okSchema, ...problems(401, 403) } },
      config: { duringMfa: true },
    },
    async (req, reply) => {
      await auth.logout(deps, authOf(req));
      clearSessionCookie(reply);
      return ok;
    },
  );
  app.get(
    '/api/auth/session',
    {
      schema: { operationId: 'getSession', tags, response: { 200: c.sessionView, ...problems(401) } },
      config: { duringMfa: true },
    },
    async (req) => account.sessionView(deps, authOf(req)),
  );
  app.post(
    '/api/auth/organisation',
    {
      schema: {
        operationId: 'switchOrganisation',
        tags,
        body: c.switchOrganisationInput,
        response: { 200: c.sessionView, ...problems(400, 401, 404) },
      },
    },
    async (req) => {
      const a = authOf(req);
      await auth.switchOrganisation(deps, a, req.body.organisationId);
      const refreshed = await resolveAuth(req);
      return account.sessionView(deps, refreshed ?? a);
    },
  );
  app.post(
    '/api/auth/locale',
    {
      schema: {
        operationId: 'setLocale',
        tags,
        security: [],
        body: c.localeInput,
        response: { 200: okSchema, ...problems(400) },
      },
      config: { public: true },
    },
    async (req, reply) => {
      if (req.auth) await auth.setLocale(deps, req.auth.actor, req.body.locale);
      setLangCookie(reply, req.body.locale);
      return ok;
    },
  );
  app.post(
    '/api/auth/password-reset',
    {
      schema: {
        operationId: 'requestPasswordReset',
        tags,
        security: [],
        body: c.passwordResetRequest,
        response: { 202: okSchema, ...problems(400, 429) },
      },
      config: { public: true, rateLimit: { max: 5, timeWindow: 60_000 } },
    },
    async (req, reply) => {
      await auth.requestPasswordReset(deps, req.body.email, req.ip);
      return reply.status(202).send(ok);
    },
  );
  app.post(
    '/api/auth/password-reset/confirm',
    {
      schema: {
        operationId: 'confirmPasswordReset',
        tags,
        security: [],
        body: c.passwordResetConfirm,
        response: { 200: okSchema, ...problems(400, 429) },
      },
      config: { public: true, rateLimit: { max: 10, timeWindow: 60_000 } },
    },
    async (req) => {
      await auth.confirmPasswordReset(deps, req.body.token, req.body.password, req.ip);
      return ok;
    },
  );

  // --- my account ----------------------------------------------------------------------------------------
  const accountTags = ['account'];
  app.post(
    '/api/account/password',
    {
      schema: {
        operationId: 'changePassword',
        tags: accountTags,
        body: c.changePasswordInput,
        response: { 200: okSchema, ...problems(400, 401, 403) },
      },
    },
    async (req) => {
      await account.changePassword(deps, authOf(req), req.body.currentPassword, req.body.newPassword);
      return ok;
    },
  );
  app.post(
    '/api/account/totp',
    {
      schema: {
        operationId: 'startTotpEnrolment',
        tags: accountTags,
        response: { 200: c.totpEnrolment, ...problems(401, 409) },
      },
      config: { duringMfa: true },
    },
    async (req) => {
      const a = authOf(req);
      if (a.stage === 'mfa_pending') throw new AppError('mfa_required');
      return account.startTotpEnrolment(deps, a);
    },
  );
  app.post(
    '/api/account/totp/confirm',
    {
      schema: {
        operationId: 'confirmTotpEnrolment',
        tags: accountTags,
        body: c.totpInput,
        response: { 200: c.totpConfirmResult, ...problems(400, 401, 409) },
      },
      config: { duringMfa: true },
    },
    async (req) => {
      const a = authOf(req);
      if (a.stage === 'mfa_pending') throw new AppError('mfa_required');
      return account.confirmTotpEnrolment(deps, a, req.body.code);
    },
  );
  app.delete(
    '/api/account/totp',
    {
      schema: {
        operationId: 'disableTotp',
        tags: accountTags,
        body: c.totpDisableInput,
        response: { 200: okSchema, ...problems(400, 401, 403) },
      },
    },
    async (req) => {
      await account.disableTotp(deps, authOf(req), req.body.password);
      return ok;
    },
  );

  // --- users and memberships -----------------------------------------------------------------------------
  const userTags = ['users'];
  app.get(
    '/api/users',
    {
      schema: {
        operationId: 'listUsers',
        tags: userTags,
        querystring: c.userListQuery,
        response: { 200: c.userList, ...problems(400, 401, 403, 404) },
      },
      config: { action: 'user.read' },
    },
    async (req) => users.listUsers(deps, actorOf(req), req.query),
  );
  app.get(
    '/api/users/:id',
    {
      schema: {
        operationId: 'getUser',
        tags: userTags,
        params: idParams,
        response: { 200: c.userSummary, ...problems(401, 403, 404) },
      },
      config: { action: 'user.read' },
    },
    async (req) => users.getUser(deps, actorOf(req), req.params.id),
  );
  app.patch(
    '/api/memberships/:id',
    {
      schema: {
        operationId: 'updateMembership',
        tags: userTags,
        params: idParams,
        body: c.membershipRoleInput,
        response: { 200: okSchema, ...problems(400, 401, 403, 404) },
      },
      config: { action: 'membership.manage' },
    },
    async (req) => {
      await users.updateMembershipRole(deps, actorOf(req), req.params.id, req.body.role);
      return ok;
    },
  );
  app.delete(
    '/api/memberships/:id',
    {
      schema: {
        operationId: 'removeMembership',
        tags: userTags,
        params: idParams,
        response: { 200: okSchema, ...problems(401, 403, 404, 409) },
      },
      config: { action: 'membership.manage' },
    },
    async (req) => {
      await users.removeMembership(deps, actorOf(req), req.params.id);
      return ok;
    },
  );

  app.delete(
    '/api/users/:id/totp',
    {
      schema: {
        operationId: 'resetUserTwoFactor',
        tags: userTags,
        params: idParams,
        response: { 200: okSchema, ...problems(401, 403, 404, 409) },
      },
      config: { action: 'user.reset_two_factor' },
    },
    async (req) => {
      await users.resetTwoFactor(deps, actorOf(req), req.params.id);
      return ok;
    },
  );

  // --- invitations ---------------------------------------------------------------------------------------
  app.get(
    '/api/invitations',
    {
      schema: {
        operationId: 'listInvitations',
        tags: userTags,
        querystring: c.invitationListQuery,
        response: { 200: c.invitationList, ...problems(401, 403, 404) },
      },
      config: { action: 'user.invite' },
    },
    async (req) => ({
      items: await invitations.listInvitations(deps, actorOf(req), req.query.organisationId),
    }),
  );
  app.post(
    '/api/invitations',
    {
      schema: {
        operationId: 'createInvitation',
        tags: userTags,
        body: c.invitationInput,
        response: { 201: c.invitationView, ...problems(400, 401, 403, 404) },
      },
      config: { action: 'user.invite' },
    },
    async (req, reply) =>
      reply.status(201).send(await invitations.createInvitation(deps, actorOf(req), req.body)),
  );
  app.delete(
    '/api/invitations/:id',
    {
      schema: {
        operationId: 'revokeInvitation',
        tags: userTags,
        params: idParams,
        response: { 200: okSchema, ...problems(401, 403, 404, 409) },
      },
      config: { action: 'user.invite' },
    },
    async (req) => {
      await invitations.revokeInvitation(deps, actorOf(req), req.params.id);
      return ok;
    },
  );
  app.post(
    '/api/invitations/preview',
    {
      schema: {
        operationId: 'previewInvitation',
        tags: userTags,
        security: [],
        body: z.strictObject({ token: z.string().min(10).max(200) }),
        response: { 200: c.invitationPreview, ...problems(400) },
      },
      config: { public: true, rateLimit: { max: 30, timeWindow: 60_000 } },
    },
    async (req) => invitations.previewInvitation(deps, req.body.token),
  );
  app.post(
    '/api/invitations/accept',
    {
      schema: {
        operationId: 'acceptInvitation',
        tags: userTags,
        security: [],
        body: c.acceptInvitationInput,
        response: { 200: okSchema, ...problems(400) },
      },
      config: { public: true, rateLimit: { max: 10, timeWindow: 60_000 } },
    },
    async (req) => {
      await invitations.acceptInvitation(deps, req.body, req.ip);
      return ok;
    },
  );
}
