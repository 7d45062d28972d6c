/** The Chromium executable: $CHROMIUM_PATH if set, else the first of chromium, chromium-browser, google-chrome on PATH. */
export declare const findChromium: () => string | undefined
