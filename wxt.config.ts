import { defineConfig } from 'wxt';

export default defineConfig({
  // auto-icons: every size Chrome and Firefox ask for, drawn at build time from the one source (assets/icon.svg).
  modules: ['@wxt-dev/module-react', '@wxt-dev/webextension-polyfill', '@wxt-dev/auto-icons'],
  autoIcons: { baseIconPath: 'assets/icon.svg', sizes: [16, 32, 48, 96, 128] },
  manifest: ({ browser }) => ({
    name: 'Post to Image',
    description: 'Turns the LinkedIn post you are writing into an image for it, and adds it to the post.',
    // storage: settings; scripting: the panel is injected only when a composer opens, and the shortcut runs there;
    // unlimitedStorage: the image history keeps paid-for images until they are attached or saved.
    permissions: ['storage', 'scripting', 'unlimitedStorage'],
    // LinkedIn for the composer; AWS and OpenAI for the user's own keys (their APIs send no CORS
    // headers to extensions); loopback for S3-compatible servers and proxies on the user's machine.
    host_permissions: [
      'https://www.linkedin.com/*',
      'https://*.amazonaws.com/*',
      'https://api.openai.com/*',
      'http://127.0.0.1/*',
      'http://localhost/*',
    ],
    // A custom endpoint elsewhere (OpenAI-compatible proxy, S3-compatible service): asked for by origin on save.
    optional_host_permissions: ['https://*/*', 'http://*/*'],
    // The composer watcher (entrypoints/composer-watch.ts), a plain script: see why there.
    content_scripts: [{ matches: ['https://www.linkedin.com/*'], js: ['composer-watch.js'], run_at: 'document_idle' }],
    // The panel is this page framed into LinkedIn's composer (lib/frame). Chrome serves it at a
    // per-session address a page cannot guess (use_dynamic_url); Firefox's address is per install.
    web_accessible_resources: [
      { resources: ['panel.html'], matches: ['https://www.linkedin.com/*'], ...(browser === 'chrome' ? { use_dynamic_url: true } : {}) },
    ],
    commands: {
      'open-post-to-image': {
        suggested_key: { default: 'Alt+Shift+I' },
        description: 'Open Post to Image in LinkedIn’s post composer',
      },
    },
    browser_specific_settings: {
      gecko: {
        id: 'post-to-image@posttoimage.app',
        strict_min_version: '140.0', // data_collection_permissions needs 140
        // Firefox's newer key, not yet in WXT's manifest types (the manifest function's return is not checked for it).
        data_collection_permissions: { required: ['none'] },
      },
      // Firefox for Android reads data_collection_permissions from 142 on.
      gecko_android: { strict_min_version: '142.0' },
    },
  }),
});
