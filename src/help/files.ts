/** The help page's file in each language, next to the pane (dist/) and the preview (dist-preview/). */
import type { Lang } from '../core/report';

export const HELP_FILES: Record<Lang, string> = { vi: 'help.html', en: 'help.en.html' };
