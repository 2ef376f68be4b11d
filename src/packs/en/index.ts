/** The English pack: fetched only when a widget on the page speaks English. */
import type { Pack } from '../../core/language-packs.js';
import { chart } from './chart.js';
import { commitment } from './commitment.js';
import { common } from './common.js';
import { form } from './form.js';
import { overview } from './overview.js';
import { timeline } from './timeline.js';

export const pack: Pack = { common, overview, commitment, timeline, chart, form };
