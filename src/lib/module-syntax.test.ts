import { describe, expect, it } from 'vitest';
import { importDefault, requiredModules, toCommonJs } from './module-syntax';

describe('toCommonJs', () => {
  it('rewrites named, default, namespace and bare imports', () => {
    expect(toCommonJs("import { Toolbelt } from 'core-functions-toolbelt';")).toBe(
      'const { Toolbelt } = require("core-functions-toolbelt");',
    );
    expect(toCommonJs('import _ from "lodash"')).toBe(
      'const _ = __importDefault(require("lodash"));',
    );
    expect(toCommonJs("import * as luxon from 'luxon';")).toBe('const luxon = require("luxon");');
    expect(toCommonJs("import { DateTime as DT, Duration } from 'luxon';")).toBe(
      'const { DateTime: DT, Duration } = require("luxon");',
    );
    expect(toCommonJs("import tb, { LpServices } from 'lp-faas-toolbelt';")).toBe(
      'const tb = __importDefault(require("lp-faas-toolbelt")), { LpServices } = require("lp-faas-toolbelt");',
    );
    expect(toCommonJs("import 'x';")).toBe('require("x");');
  });

  it('keeps every line on its line', () => {
    const code = "import {\n  Toolbelt,\n  LpServices,\n} from 'core-functions-toolbelt';\nfoo();";
    const out = toCommonJs(code);
    expect(out.split('\n')).toHaveLength(code.split('\n').length);
    expect(out.split('\n')[4]).toBe('foo();');
  });

  it('drops export keywords in front of declarations', () => {
    expect(toCommonJs('export async function lambda(input) {}')).toBe(
      'async function lambda(input) {}',
    );
    expect(toCommonJs('export default function lambda(input) {}')).toBe(
      'function lambda(input) {}',
    );
    expect(toCommonJs('export const lambda = 1;')).toBe('const lambda = 1;');
  });

  it('leaves other code alone', () => {
    const code = "const important = 'import x from y';\nfunction lambda(input, callback) {}";
    expect(toCommonJs(code)).toBe(code);
  });
});

describe('requiredModules', () => {
  it('lists literal requires once each', () => {
    const code =
      'const _ = require(\'lodash\');\nconst { DateTime } = require("luxon");\nrequire(`lodash`); require(name);';
    expect(requiredModules(code)).toEqual(['lodash', 'luxon']);
  });
});

describe('importDefault', () => {
  it('unwraps ES module defaults and keeps CommonJS modules', () => {
    const fn = () => 1;
    expect(importDefault(fn)).toBe(fn);
    expect(importDefault({ __esModule: true, default: 2 })).toBe(2);
    const luxonLike = { __esModule: true, DateTime: 1 };
    expect(importDefault(luxonLike)).toBe(luxonLike);
  });
});
