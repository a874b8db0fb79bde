// Fluent UI warns about icons that were never registered; the product registers none on purpose
// (the Office CDN is not reachable from every network), so the warnings are noise here.
import { setIconOptions } from '@fluentui/react/lib/Styling';

setIconOptions({ disableWarnings: true });
