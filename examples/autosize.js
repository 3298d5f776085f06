// The three-line auto-size snippet from docs/embedding.md, as a file of its own because this
// page's Content-Security-Policy allows no inline script.
// prettier-ignore
addEventListener('message', (e) => { if (e.data?.type === 'activation-explorer:resize')
  for (const f of document.querySelectorAll('iframe')) if (f.contentWindow === e.source) f.style.height = `${e.data.height}px`;
});
