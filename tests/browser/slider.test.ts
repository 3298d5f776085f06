// Moving a parameter slider by keyboard updates the URL, the readout and the curve together.
import { describe, expect, it } from 'vitest';
import { getActivation } from '../../src/math';
import { gotoApp, plot, plotPaths, readValue, readout, setupBrowser } from './helpers';

const browser = setupBrowser();

describe('parameter slider', () => {
  it('ArrowRight on the α slider changes the URL, the readout and the plotted path', async () => {
    const { page, errors } = await browser.open();
    await gotoApp(page, '?fn=leaky_relu');
    const spec = getActivation('leaky_relu')!.params.find((p) => p.key === 'alpha')!;

    // Put the crosshair on the negative side (x < 0), where Leaky ReLU depends on α, and leave
    // the mouse there so the readout keeps following that x while the keyboard works the slider.
    const box = (await plot(page).boundingBox())!;
    await page.mouse.move(box.x + box.width * 0.2, box.y + box.height * 0.25);
    // The live region is throttled: wait until it announces the hovered (negative) x.
    await expect.poll(async () => readValue(await readout(page).innerText(), 'x')).toBeLessThan(0);

    const before = {
      alpha: new URL(page.url()).searchParams.get('alpha'),
      readout: await readout(page).innerText(),
      paths: await plotPaths(page),
    };
    expect(before.alpha).toBeNull(); // the default is not written to the URL
    // Negative numbers use the legible minus sign U+2212, never a hyphen-minus.
    expect(before.readout).toMatch(/x = \u2212\d/);
    expect(before.readout).not.toMatch(/(^|[\s=(:,])-\d/);

    const slider = page.getByRole('slider', { name: /alpha/ });
    await slider.focus();
    await page.keyboard.press('ArrowRight');

    const expected = spec.default + spec.step;
    await expect
      .poll(() => Number(new URL(page.url()).searchParams.get('alpha')))
      .toBeCloseTo(expected, 10);
    expect(Number(await slider.inputValue())).toBeCloseTo(expected, 10);
    await expect.poll(() => readout(page).innerText()).not.toBe(before.readout);
    await expect.poll(() => plotPaths(page)).not.toEqual(before.paths);
    expect(errors).toEqual([]);
  });
});
