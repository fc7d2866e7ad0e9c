/** One line for the errors a listening server can hit at start-up, instead of a stack trace. */
export const describeListenError = (error: NodeJS.ErrnoException, host: string, port: number): string => {
  if (error.code === 'EADDRINUSE')
    return `Kildesvar cannot start: port ${port} on ${host} is already in use (is another Kildesvar running?). Stop that process or set PORT to a free port.`;
  if (error.code === 'EACCES')
    return `Kildesvar cannot start: no permission to listen on ${host}:${port}. Use a port above 1023 (PORT) or run with the needed rights.`;
  if (error.code === 'EADDRNOTAVAIL') return `Kildesvar cannot start: ${host} is not an address of this machine (HOST).`;
  return `Kildesvar cannot start: ${error.message}`;
};
