// Vitest global setup of the browser tests: Chromium (see system-packages.mjs) before the app is built and started.
import { ensureChromium } from './system-packages.mjs';

export default function setup() {
  ensureChromium();
}
