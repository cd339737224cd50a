export { AccessError, type AccessErrorCode } from './access-error.ts';
export { type AuditEntry, type AuditEvent, type AuditQuery, auditToCsv, listAudit, recordAudit } from './audit-log.ts';
export { authenticateUser, defaultLockout, type LockoutPolicy } from './authenticate-user.ts';
export { type DemoAccount, seedDemoAccounts } from './demo-accounts.ts';
export { hashPassword, minimumPasswordLength, passwordProblems, verifyPassword } from './password-hash.ts';
export { type Principal, type Role, roleLabels, roles } from './roles.ts';
export { createUser, findUserByEmail, findUserById, listUsers, type NewUser, newUserSchema, type UserAccount } from './user-accounts.ts';
export { type ActiveSession, createSession, defaultSessionPolicy, endSession, resolveSession, type SessionPolicy } from './user-sessions.ts';
