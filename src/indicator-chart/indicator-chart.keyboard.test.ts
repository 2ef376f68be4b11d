/** Moving between points: the keyboard's one tab stop, the announcements, the focus mark and the tooltip, the pointer. */
import { expect } from '@open-wc/testing';
import { resetMouse, sendKeys, sendMouse } from '@web/test-runner-commands';
import { $, $$, chart, settle, text, translate, yOf } from '../test-support/indicator-chart.js';

describe('<ogp-indicator-chart> keyboard and pointer', () => {
  afterEach(async () => {
    await resetMouse();
  });

  it('is accessible with the plot focused and its tooltip open', async () => {
    const element = await chart('jovenes-clubes');
    ($(element, '.plot') as HTMLElement).focus();
    await element.updateComplete;
    expect($(element, '[part="tooltip"]')).to.exist;
    await expect(element).to.be.accessible();
  });

  describe('the keyboard', () => {
    it('walks the points with the arrows, Home and End, announcing date, value, baseline and target', async () => {
      const element = await chart('pp-ejecucion-publicada');
      const plot = $(element, '.plot') as HTMLElement;
      const announcer = $(element, '.announcer')!;
      plot.focus();
      await element.updateComplete;
      // Focus starts on the latest value.
      expect(text(announcer)).to.equal(
        '30 de septiembre de 2026: 45%. Punto 7 de 7. Línea base: 12% (enero de 2025). Meta: 60% (octubre de 2027).',
      );
      await sendKeys({ press: 'ArrowLeft' });
      await element.updateComplete;
      expect(text(announcer)).to.match(/^30 de junio de 2026: 37%\. Punto 6 de 7\./);
      await sendKeys({ press: 'Home' });
      await element.updateComplete;
      expect(text(announcer)).to.match(/^31 de marzo de 2025: 12%\. Punto 1 de 7\./);
      await sendKeys({ press: 'ArrowLeft' });
      await element.updateComplete;
      expect(text(announcer)).to.match(/Punto 1 de 7/);
      await sendKeys({ press: 'End' });
      await element.updateComplete;
      expect(text(announcer)).to.match(/Punto 7 de 7/);

      // The focus mark sits on the point, and the live region is polite.
      const mark = translate($(element, '.focus-mark')!);
      expect(mark.y).to.be.closeTo(yOf(element, 45), 0.01);
      expect(announcer.getAttribute('role')).to.equal('status');
      await expect(element).to.be.accessible();
    });

    it('shows a tooltip beside the focused point that Escape closes', async () => {
      const element = await chart('pp-ejecucion-publicada');
      ($(element, '.plot') as HTMLElement).focus();
      await sendKeys({ press: 'Home' });
      await element.updateComplete;
      const tooltip = $(element, '[part="tooltip"]')!;
      expect(text(tooltip)).to.equal('12% 31 de marzo de 2025');
      const marker = $$(element, '.plot-area .series__marker')[0]!.getBoundingClientRect();
      const box = tooltip.getBoundingClientRect();
      const covers =
        box.left < marker.right && marker.left < box.right && box.top < marker.bottom && marker.top < box.bottom;
      expect(covers, 'the tooltip does not hide its point').to.equal(false);
      await sendKeys({ press: 'Escape' });
      await element.updateComplete;
      expect($(element, '[part="tooltip"]')).to.equal(null);
      // The focus mark stays; the next move opens the tooltip again.
      expect($(element, '.focus-mark')).to.exist;
      await sendKeys({ press: 'ArrowRight' });
      await element.updateComplete;
      expect(text($(element, '[part="tooltip"]'))).to.equal('15% 30 de junio de 2025');
    });

    it('moves between series with the up and down arrows', async () => {
      const element = await chart('jovenes-clubes');
      ($(element, 'input[value="sex"]') as HTMLInputElement).click();
      await settle(element);
      ($(element, '.plot') as HTMLElement).focus();
      await element.updateComplete;
      const announcer = $(element, '.announcer')!;
      expect(text(announcer)).to.equal('Mujer, 30 de junio de 2026: 1.677 personas. Punto 3 de 3.');
      await sendKeys({ press: 'ArrowDown' });
      await element.updateComplete;
      expect(text(announcer)).to.equal('Hombre, 30 de junio de 2026: 1.335 personas. Punto 3 de 3.');
      await sendKeys({ press: 'Home' });
      await sendKeys({ press: 'ArrowDown' });
      await element.updateComplete;
      expect(text(announcer)).to.equal('Otro o no informa, 30 de junio de 2025: 55 personas. Punto 1 de 3.');
      await sendKeys({ press: 'ArrowDown' });
      await element.updateComplete;
      expect(text(announcer)).to.match(/^Otro o no informa/);
    });
  });

  describe('the pointer', () => {
    it('shows the nearest point’s tooltip, which stays while hovered and leaves with the pointer', async () => {
      const element = await chart('pp-ejecucion-publicada');
      const marker = $$(element, '.plot-area .series__marker')[3]!.getBoundingClientRect();
      await sendMouse({ type: 'move', position: [Math.round(marker.x + 4), Math.round(marker.y + 2)] });
      await element.updateComplete;
      const tooltip = $(element, '[part="tooltip"]')!;
      expect(text(tooltip)).to.equal('24% 31 de diciembre de 2025');
      const box = tooltip.getBoundingClientRect();
      await sendMouse({
        type: 'move',
        position: [Math.round(box.x + box.width / 2), Math.round(box.y + box.height / 2)],
      });
      await element.updateComplete;
      expect(text($(element, '[part="tooltip"]'))).to.equal('24% 31 de diciembre de 2025');
      await sendMouse({ type: 'move', position: [1, 1] });
      await element.updateComplete;
      expect($(element, '[part="tooltip"]')).to.equal(null);
    });
  });
});
