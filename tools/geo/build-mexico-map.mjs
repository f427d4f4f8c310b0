// One-off: turns the state shapes of the npm package @svg-maps/mexico (CC BY 4.0, after MapSVG)
// into src/main/resources/geo/mexico-states.json, keyed by INEGI's two-digit state code.
//
//   cd /tmp && npm pack @svg-maps/mexico@2.0.0 && tar xzf svg-maps-mexico-2.0.0.tgz
//   node tools/geo/build-mexico-map.mjs /tmp/package/index.js > src/main/resources/geo/mexico-states.json
//
// Each ring is simplified (Ramer–Douglas–Peucker, 0.3 viewBox units: under a pixel at the sizes we
// draw), rounded to a tenth and written as relative moves; specks of fewer than three points go.
import { readFileSync } from 'node:fs';

const INEGI = {
  agu: '01', bcn: '02', bcs: '03', cam: '04', coa: '05', col: '06', chp: '07', chh: '08', cmx: '09',
  dur: '10', gua: '11', gro: '12', hid: '13', jal: '14', mex: '15', mic: '16', mor: '17', nay: '18',
  nle: '19', oax: '20', pue: '21', que: '22', roo: '23', slp: '24', sin: '25', son: '26', tab: '27',
  tam: '28', tla: '29', ver: '30', yuc: '31', zac: '32',
};

const source = readFileSync(process.argv[2], 'utf8').replace(/^export default\s*/, '').replace(/;\s*$/, '');
const map = JSON.parse(source);

const round = (n) => Math.round(n * 10) / 10;
const fmt = (n) => String(round(n));

/** Parses the commands the package uses (m/M, l/L, h/H, v/V, z/Z) into rings of absolute points. */
function rings(d) {
  const tokens = d.match(/[a-zA-Z]|-?\d*\.?\d+(?:e-?\d+)?/g);
  const result = [];
  let i = 0, cmd = null, x = 0, y = 0, ring = null;
  const num = () => parseFloat(tokens[i++]);
  while (i < tokens.length) {
    if (/[a-zA-Z]/.test(tokens[i])) cmd = tokens[i++];
    switch (cmd) {
      case 'm': case 'M': {
        const dx = num(), dy = num();
        x = cmd === 'm' ? x + dx : dx; y = cmd === 'm' ? y + dy : dy;
        ring = [[x, y]]; result.push(ring);
        cmd = cmd === 'm' ? 'l' : 'L';
        break;
      }
      case 'l': case 'L': {
        const dx = num(), dy = num();
        x = cmd === 'l' ? x + dx : dx; y = cmd === 'l' ? y + dy : dy; ring.push([x, y]);
        break;
      }
      case 'h': case 'H': { const v = num(); x = cmd === 'h' ? x + v : v; ring.push([x, y]); break; }
      case 'v': case 'V': { const v = num(); y = cmd === 'v' ? y + v : v; ring.push([x, y]); break; }
      case 'z': case 'Z': x = ring[0][0]; y = ring[0][1]; break;
      default: throw new Error('Unsupported path command ' + cmd);
    }
  }
  return result;
}

/** Ramer–Douglas–Peucker: drops points closer than `tolerance` to the line their neighbours make. */
function simplifyRing(points, tolerance) {
  if (points.length < 4) return points;
  const keep = new Array(points.length).fill(false);
  keep[0] = keep[points.length - 1] = true;
  const stack = [[0, points.length - 1]];
  while (stack.length) {
    const [a, b] = stack.pop();
    const [ax, ay] = points[a], [bx, by] = points[b];
    const length = Math.hypot(bx - ax, by - ay);
    let worst = -1, index = -1;
    for (let k = a + 1; k < b; k++) {
      const [px, py] = points[k];
      const distance = length === 0 ? Math.hypot(px - ax, py - ay)
        : Math.abs((bx - ax) * (ay - py) - (ax - px) * (by - ay)) / length;
      if (distance > worst) { worst = distance; index = k; }
    }
    if (worst > tolerance) { keep[index] = true; stack.push([a, index], [index, b]); }
  }
  return points.filter((_, k) => keep[k]);
}

/** Rounded absolute points written as relative moves, so rounding never drifts along a ring. */
function path(d) {
  let out = '', px = 0, py = 0;
  const pair = (dx, dy) => dx + (dy < 0 ? '' : ',') + dy;
  for (const ring of rings(d)) {
    const points = simplifyRing(ring, 0.3).map(([x, y]) => [Math.round(x * 10), Math.round(y * 10)])
      .filter(([x, y], k, all) => k === 0 || x !== all[k - 1][0] || y !== all[k - 1][1]);
    if (points.length < 3) continue; // a speck smaller than a pixel
    const moves = points.map(([x, y], k) => {
      const [fx, fy] = k === 0 ? [px, py] : points[k - 1];
      return pair((x - fx) / 10, (y - fy) / 10);
    });
    out += 'm' + moves[0] + 'l' + moves.slice(1).reduce((s, m) => s + (s && !m.startsWith('-') ? ' ' : '') + m, '') + 'z';
    [px, py] = points[0]; // after "z" the pen is back at the ring's start
  }
  return out;
}

const states = {};
for (const location of map.locations) {
  const code = INEGI[location.id];
  if (!code) throw new Error('No INEGI code for ' + location.id);
  states[code] = path(location.path);
}
const sorted = Object.keys(states).sort().map((code) => ({ code, path: states[code] }));
process.stdout.write(JSON.stringify({
  source: '@svg-maps/mexico 2.0.0 (CC BY 4.0), based on MapSVG (mapsvg.com)',
  viewBox: map.viewBox,
  states: sorted,
}, null, 1) + '\n');
