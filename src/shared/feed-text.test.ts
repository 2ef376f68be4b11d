import { expect } from '@open-wc/testing';
import { feedLanguage, languagesOf, localize, textLang } from './feed-text.js';

describe('feed text in many languages', () => {
  const text = { fr: 'Budget participatif', en: 'Participatory budget', 'pt-BR': 'Orçamento participativo' };

  it('shows the language asked for, then its base language, then the feed’s default', () => {
    expect(localize(text, 'en', 'fr')).to.equal('Participatory budget');
    expect(localize(text, 'en-GB', 'fr')).to.equal('Participatory budget');
    expect(localize(text, 'pt', 'fr')).to.equal('Orçamento participativo');
    expect(localize(text, 'PT-br', 'fr')).to.equal('Orçamento participativo');
    expect(localize(text, 'es', 'fr')).to.equal('Budget participatif');
    expect(localize({ es: 'Presupuesto', en: 'Budget' }, 'fr', 'es')).to.equal('Presupuesto');
  });

  it('says which language it showed, so the element showing it carries it', () => {
    expect(textLang(text, 'en-GB', 'fr')).to.equal('en');
    expect(textLang(text, 'pt', 'fr')).to.equal('pt-BR');
    expect(textLang(text, 'es', 'fr')).to.equal('fr');
    // A plain string is in the feed's default language.
    expect(textLang('Centre-ville', 'en', 'fr')).to.equal('fr');
    expect(localize('Centre-ville', 'en', 'fr')).to.equal('Centre-ville');
    expect(localize(undefined, 'en', 'fr')).to.equal('');
  });

  it('reads a 1.0 feed, which names no language, as Spanish', () => {
    expect(feedLanguage({})).to.equal('es');
    expect(feedLanguage({ defaultLanguage: 'fr' })).to.equal('fr');
  });

  it('lists the languages a feed’s texts use, the default first', () => {
    expect(languagesOf(['Texte', text, { fr: 'Oui', de: 'Ja' }], 'fr')).to.deep.equal(['fr', 'en', 'pt-BR', 'de']);
  });
});
