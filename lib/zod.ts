import { z } from 'zod';

// Extension pages and the service worker forbid eval (CSP), so Zod must not compile validators
// with new Function; its interpreter is fast enough for messages and files.
z.config({ jitless: true });

export { z };
