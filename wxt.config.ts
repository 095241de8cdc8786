import { defineConfig } from 'wxt';

export default defineConfig({
  modules: ['@wxt-dev/module-react', '@wxt-dev/webextension-polyfill'],
  manifest: {
    name: 'Post to Image',
    description: 'Turns the LinkedIn post you are writing into an image for it, and adds it to the post.',
    // storage: settings; scripting: the panel is injected only when a composer opens;
    // unlimitedStorage: the image history keeps paid-for images until they are attached or saved.
    permissions: ['storage', 'scripting', 'unlimitedStorage'],
    host_permissions: ['https://www.linkedin.com/*'],
    commands: {
      'open-post-to-image': {
        suggested_key: { default: 'Alt+Shift+I' },
        description: 'Open Post to Image in LinkedIn’s post composer',
      },
    },
    browser_specific_settings: {
      gecko: {
        id: 'post-to-image@posttoimage.app',
        strict_min_version: '128.0',
        // @ts-expect-error Firefox's newer key, not yet in WXT's manifest types.
        data_collection_permissions: { required: ['none'] },
      },
    },
  },
});
