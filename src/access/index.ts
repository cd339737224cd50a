export { AccessError, type AccessErrorCode } from './access-error.ts';
export { type AuditChainReport, verifyAuditChain } from './audit-chain.ts';
export { type AuditEntry, type AuditEvent, type AuditQuery, auditToCsv, listAudit, recordAudit } from './audit-log.ts';
export { type Authenticated, authenticateUser, defaultLockout, type LockoutPolicy } from './authenticate-user.ts';
export { changePassword, type PasswordChange, passwordChangeSchema } from './change-password.ts';
export { type DemoAccount, seedDemoAccounts } from './demo-accounts.ts';
export { hashPassword, verifyPassword } from './password-hash.ts';
export { minimumPasswordLength, passwordProblems } from './password-problems.ts';
export { matchOidcAccount, type OidcMatch, type OidcRefusal } from './match-oidc-account.ts';
export { type OidcConfig, oidcConfigFromEnv, oidcConfigSchema } from './oidc-config.ts';
export { resetPassword } from './reset-password.ts';
export { departmentRoles, type Principal, type Role, roleLabels, roles } from './roles.ts';
export {
  createUser,
  findUserByEmail,
  findUserById,
  listUsers,
  type NewUser,
  newUserSchema,
  type UserAccount,
} from './user-accounts.ts';
export { setAccountDisabled } from './set-account-disabled.ts';
export {
  type ActiveSession,
  createSession,
  defaultSessionPolicy,
  endSession,
  endUserSessions,
  resolveSession,
  type SessionPolicy,
} from './user-sessions.ts';
