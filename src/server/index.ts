export { createServer, type ServerOptions } from './create-server.ts';
export { type RunningServer, type StartServerOptions, startServer } from './start-server.ts';
export { type LogLevel, logLevels, parseLogLevel, type ServerLogOptions } from './server-log.ts';
