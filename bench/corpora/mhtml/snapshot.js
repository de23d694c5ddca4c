// Saves each page named on the command line as a web archive, as a browser's "Save as: Webpage,
// Single File" does: headless Chromium loads the page (scripts off, nothing fetched from the
// network) and its DevTools snapshot (Page.captureSnapshot, MHTML) is written beside OUT.
//
//   node snapshot.js OUT_DIR PAGE.html...      (needs playwright-core and /usr/bin/chromium)
const { chromium } = require('playwright-core');
const fs = require('fs');
const path = require('path');
(async () => {
  const [out, ...pages] = process.argv.slice(2);
  const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox'] });
  const context = await browser.newContext({ javaScriptEnabled: false });
  await context.route(/^(?!file:)/, route => route.abort());
  for (const file of pages) {
    const page = await context.newPage();
    await page.goto('file://' + path.resolve(file), { waitUntil: 'load' });
    const cdp = await context.newCDPSession(page);
    const { data } = await cdp.send('Page.captureSnapshot', { format: 'mhtml' });
    fs.writeFileSync(path.join(out, path.basename(file).replace(/\.html?$/, '.mhtml')), data);
    await page.close();
  }
  await browser.close();
})();
