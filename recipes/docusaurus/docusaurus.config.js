// Where the explorer is hosted: the folder holding embed.html and embed/autosize.js.
const AE = 'https://example.org/ae/';

/** @type {import('@docusaurus/types').Config} */
export default {
  title: 'Activation functions',
  url: 'https://example.org',
  baseUrl: '/',
  onBrokenLinks: 'throw',
  i18n: { defaultLocale: 'en', locales: ['en'] },
  // Sizes the iframe embeds to their content: a file, since MDX cannot hold inline script.
  scripts: [{ src: `${AE}embed/autosize.js`, defer: true }],
  presets: [
    [
      'classic',
      {
        docs: { routeBasePath: '/', sidebarPath: false },
        blog: false,
        pages: false,
      },
    ],
  ],
};
