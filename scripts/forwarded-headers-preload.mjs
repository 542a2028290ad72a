// Preloaded into the Next.js server process (node --import): see forwarded-headers.mjs.
import { install } from "./forwarded-headers.mjs";

install();
