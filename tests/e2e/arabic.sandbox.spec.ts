import { expect, test } from '@playwright/test';
import { makeTestKey } from '../fixtures/keys';
import { ARABIC_SCREENS, ArabicApp, type ArabicScreen } from './pages/arabic';
import { seriousViolationsInBothThemes } from './pages/axe';
import { entityRow, licenseRow, seedTables } from './pages/store';
import { arabicReading, glyphsPerLetter } from './pages/pdf-arabic';
import { book, pdfText } from './pages/quote-figures';

// Issue 21. A browser whose language is Arabic as written in Algeria: the app picks Arabic on first start, as it
// does from the system's language on the desktop. The sandbox build, so a purchased (sandbox-signed) key applies.
test.use({ locale: 'ar-DZ' });

const NOW = new Date('2026-11-25T10:00:00');
const CAMPUS = 'جامعة الجزائر 1 – حرم بن عكنون';
const LICENSEE = 'جامعة الجزائر 1';

test.describe('A librarian in Algiers looks after the university’s licenses in Arabic (issue 21)', () => {
  test('adds the campus in Arabic, pastes its key, drafts a DZD quote and reads its Arabic PDF back', async ({ page }, testInfo) => {
    test.setTimeout(180_000);
    await page.clock.install({ time: NOW });
    const arabic = new ArabicApp(page);
    await arabic.app.open('/#/licenses');
    // First start: Arabic from the browser's language, the page written right to left.
    await expect(page.locator('html')).toHaveAttribute('lang', 'ar');
    await expect(page.locator('html')).toHaveAttribute('dir', 'rtl');
    await expect(arabic.app.heading()).toHaveText('التراخيص');

    // An entity whose name mixes Arabic letters, a Latin digit and a dash is stored and shown as typed.
    await arabic.goTo('entities');
    await arabic.addEntity(CAMPUS, 'حرم جامعي', 'الجزائر');
    await expect(arabic.entityRow(CAMPUS).getByRole('cell')).toHaveText(['حرم جامعي', 'الجزائر', '0', '', /.*/]);

    // The purchased key becomes a license of the campus; a renewed key pasted into License Details replaces it,
    // the first kept in the history (R-LIC-3). The key box stays left to right inside the Arabic page.
    await arabic.goTo('licenses');
    await arabic.addLicenseFromKey(await makeTestKey({ entity: CAMPUS, licensee: LICENSEE }));
    await expect(arabic.app.heading()).toHaveText('تفاصيل الترخيص: \u2066SEN-12345678\u2069');
    await expect(arabic.field('الكيان')).toHaveText(CAMPUS);
    await expect(arabic.field('صاحب الترخيص')).toHaveText(LICENSEE);
    await expect(arabic.keyBox()).toHaveAttribute('dir', 'ltr');
    await arabic.pasteKey(
      await makeTestKey({ entity: CAMPUS, licensee: LICENSEE, issued: '2026-11-20T09:00:00Z', maintenanceEnd: '2028-03-02' }),
    );
    await expect(arabic.field('نهاية الصيانة')).toHaveText('02\u200f/03\u200f/2028');
    const history = page.getByRole('table', { name: 'المفاتيح المطبَّقة على هذا الترخيص' });
    await expect(history.getByRole('row')).toHaveCount(3);
    await expect(history.getByRole('row').nth(1)).toContainText('المفتاح الحالي');
    const found = await seriousViolationsInBothThemes(page, 'License Details (ar)');

    // A quote for the campus in Algerian dinars (R-CUR-1), asked for and reviewed.
    await arabic.goTo('quotes');
    await arabic.newQuoteFor(CAMPUS);
    await arabic.addContact('achats@univ-alger.dz', 'الفوترة');
    await arabic.addContact('dsi@univ-alger.dz', 'تقني');
    await arabic.continue();
    await arabic.fillOrganization({
      licensee: LICENSEE,
      organization: LICENSEE,
      address: '2 شارع ديدوش مراد، الجزائر',
      country: 'الجزائر',
      currency: 'DZD (دينار جزائري)',
    });
    await arabic.continue();
    await page.getByRole('radio', { name: 'الحصول على عرض سعر' }).check();
    await arabic.continue('مراجعة طلبيتي');
    const total = (await page.getByTestId('quote-total').innerText()).replace(/[^\d]/g, '');
    expect(total.length).toBeGreaterThan(3);
    found.push(...(await seriousViolationsInBothThemes(page, 'quote review (ar)')));
    expect(found).toEqual([]);

    const file = testInfo.outputPath('quote-ar.pdf');
    await (await arabic.downloadPdf()).saveAs(file);
    const text = arabicReading(pdfText(file));
    await testInfo.attach('pdftotext', { body: text, contentType: 'text/plain' });
    // Whole Arabic phrases in their reading order: words laid out left to right would read back reversed. The names
    // typed in Arabic come back as typed (the campus's name wraps at its dash in the lines table).
    for (const phrase of ['مسودة - ليست عرض سعر صالحًا قبل إرسالها', 'مكتب عروض الأسعار والطلبيات', LICENSEE, 'حرم بن عكنون']) {
      expect(text).toContain(arabicReading(phrase));
    }
    // The rate and margin (R-CUR-1), a formula written left to right inside the Arabic sentence, read in their order.
    const rate = book.exchange.DZD;
    expect(text).toContain(`1 EUR = ${rate?.perEur} DZD + ${rate?.marginPercent} %`);
    expect(text.replace(/[^\d]/g, '')).toContain(total);
    // Joined letters: lam, meem, beh, teh and yeh each drawn in several forms (start, middle, end of a word), where
    // letters drawn apart would each have one glyph.
    const forms = glyphsPerLetter(file);
    for (const letter of ['ل', 'م', 'ب', 'ت', 'ي']) expect(forms.get(letter), letter).toBeGreaterThanOrEqual(3);
    expect(forms.get('C'), 'a Latin letter has one form').toBe(1);
  });

  test('every main screen in Arabic has no serious or critical axe violation, in the light theme and the dark one', async ({ page }) => {
    test.setTimeout(180_000);
    await page.clock.install({ time: NOW });
    const arabic = new ArabicApp(page);
    await arabic.app.open('/#/licenses');
    await expect(page.locator('html')).toHaveAttribute('dir', 'rtl');
    await seedTables(page, {
      entities: [entityRow('campus', CAMPUS, 'DZ'), entityRow('library', 'المكتبة المركزية', 'DZ')],
      licenses: [
        licenseRow({ id: 'l1', sen: 'SEN-00000001', entityId: 'campus', maintenanceEnd: '2026-12-10', serverId: 'BX7Q-2M4K-9PLD-T3RW' }),
        licenseRow({ id: 'l2', sen: 'SEN-00000002', entityId: 'library', maintenanceEnd: '2026-06-01', tier: 'Starter' }),
        licenseRow({ id: 'l3', sen: 'SEN-00000003', entityId: 'library', maintenanceEnd: '2027-09-01', deployment: 'cloud' }),
      ],
    });
    const found: string[] = [];
    for (const screen of Object.keys(ARABIC_SCREENS) as ArabicScreen[]) {
      await arabic.goTo(screen);
      await expect(page.getByRole('progressbar')).toHaveCount(0);
      found.push(...(await seriousViolationsInBothThemes(page, `${screen} (ar)`)));
    }
    expect(found).toEqual([]);
  });
});
