'use strict';
/* eslint-env node */
const fs = require('fs');
const path = require('path');

const FEATURES = ['navnenyt', 'stories', 'portraits', 'privacy', 'employees', 'insights', 'setup'];
const LAYERS = ['domain', 'data', 'components', 'webparts'];

/**
 * The architecture as lint zones (docs/architecture.md draws it):
 * - inside every slice (each feature, and src/shared) the layers point one way: domain ← data ← components ← webparts;
 * - a feature uses another only through its index.ts (pure: domain and types), and only its web parts may compose
 *   another feature's repositories (its repositories.ts);
 * - src/shared knows no feature; a web part never imports another web part.
 * test/architecture/zones.test.ts proves each kind of wrong import fails. Used by .eslintrc.js.
 */
function sliceZones(slice) {
  const zones = [];
  LAYERS.forEach((layer, i) => {
    for (const later of LAYERS.slice(i + 1)) {
      zones.push({ target: `${slice}/${layer}`, from: `${slice}/${later}`, message: `In ${slice}, ${layer} does not know about ${later}.` });
    }
  });
  zones.push({ target: `${slice}/domain`, from: './src/shared', except: ['./domain'], message: 'A domain imports only pure code: src/shared/domain, never data, components or web parts.' });
  zones.push({ target: `${slice}/components`, from: './src/shared/data/sp.ts', message: 'Components never build PnPjs; they get repositories through props.' });
  return zones;
}

const webPartZones = FEATURES.flatMap((f) => {
  const dir = path.join(__dirname, '..', 'src', 'features', f, 'webparts');
  const parts = fs.existsSync(dir) ? fs.readdirSync(dir).filter((d) => fs.statSync(path.join(dir, d)).isDirectory()) : [];
  return parts.map((wp) => ({
    target: `./src/features/${f}/webparts/${wp}`,
    from: './src/features',
    except: [`./${f}/webparts/${wp}`, ...FEATURES.filter((g) => g !== f).map((g) => `./${g}/index.ts`), ...FEATURES.filter((g) => g !== f).map((g) => `./${g}/repositories.ts`), ...LAYERS.filter((l) => l !== 'webparts').map((l) => `./${f}/${l}`), `./${f}/loc`],
    message: 'A web part never imports another web part.',
  }));
});

const ARCHITECTURE_ZONES = [
  ...webPartZones,
  ...['./src/shared', ...FEATURES.map((f) => `./src/features/${f}`)].flatMap(sliceZones),
  { target: './src/shared', from: './src/features', message: 'src/shared knows no feature.' },
  ...FEATURES.flatMap((f) =>
    FEATURES.filter((g) => g !== f).map((g) => ({
      target: `./src/features/${f}`,
      from: `./src/features/${g}`,
      except: ['./index.ts', './repositories.ts'],
      message: `The ${f} feature uses ${g} only through ${g}/index.ts (or, in web parts, ${g}/repositories.ts).`,
    })),
  ),
  ...FEATURES.flatMap((f) =>
    ['domain', 'data', 'components'].map((layer) => ({
      target: `./src/features/${f}/${layer}`,
      from: './src/features',
      except: [`./${f}`, ...FEATURES.filter((g) => g !== f).map((g) => `./${g}/index.ts`)],
      message: "Only web parts compose another feature's repositories.",
    })),
  ),
];


module.exports = { ARCHITECTURE_ZONES, FEATURES, LAYERS };
