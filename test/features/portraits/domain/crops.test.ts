import { CROP_FORMATS, cropFileName, planCrop, planCrops, validFocus } from '../../../../src/features/portraits/domain/crops';

const [landscape, square, portrait] = CROP_FORMATS;

describe('crop geometry', () => {
  it('has the three formats: 1200×627 (1.91:1), 1080×1080 and 1080×1350 (4:5)', () => {
    expect(CROP_FORMATS.map((f) => `${f.width}x${f.height}`)).toEqual(['1200x627', '1080x1080', '1080x1350']);
  });

  it('cuts the largest rectangle of the ratio and scales it down to the format', () => {
    const source = { width: 3000, height: 2000 };
    const plans = planCrops(source);
    expect(plans.map((p) => [p.width, p.height, p.tooSmall])).toEqual([
      [1200, 627, false],
      [1080, 1080, false],
      [1080, 1350, false],
    ]);
    // 1.91:1 from a 3:2 photo is limited by the width; the square and 4:5 by the height
    expect(plans[0]).toMatchObject({ sx: 0, sw: 3000, sh: 1568, sy: 216 });
    expect(plans[1]).toMatchObject({ sw: 2000, sh: 2000, sx: 500, sy: 0 });
    expect(plans[2]).toMatchObject({ sw: 1600, sh: 2000, sx: 700, sy: 0 });
  });

  it('centres on the focal point and stays inside the photo', () => {
    const source = { width: 3000, height: 2000 };
    expect(planCrop(source, square, { x: 0.2, y: 0.5 })).toMatchObject({ sx: 0, sw: 2000 });
    expect(planCrop(source, square, { x: 0.6, y: 0.5 })).toMatchObject({ sx: 800 });
    expect(planCrop(source, square, { x: 1, y: 1 })).toMatchObject({ sx: 1000, sy: 0 });
    const tall = { width: 2000, height: 4000 };
    expect(planCrop(tall, landscape, { x: 0.5, y: 0.1 })).toMatchObject({ sy: 0, sw: 2000, sh: 1045 });
    expect(planCrop(tall, landscape, { x: 0.5, y: 0.5 })).toMatchObject({ sy: Math.round(2000 - 1045 / 2) });
  });

  it('never upscales: a photo too small for a format gives a smaller crop of the same ratio and says what it lacks', () => {
    const small = planCrop({ width: 900, height: 1200 }, portrait);
    expect(small).toMatchObject({ tooSmall: true, width: 900, height: 1125, limitingSide: 'width', neededPixels: 1080, availablePixels: 900 });
    const wide = planCrop({ width: 1600, height: 800 }, square);
    expect(wide).toMatchObject({ tooSmall: true, width: 800, height: 800, limitingSide: 'height', neededPixels: 1080, availablePixels: 800 });
    expect(planCrop({ width: 1080, height: 1350 }, portrait)).toMatchObject({ tooSmall: false, width: 1080, height: 1350 });
    expect(planCrop({ width: 1199, height: 2000 }, landscape).tooSmall).toBe(true);
  });

  it('treats a missing or broken focal point as the centre, and refuses a photo without pixels', () => {
    expect(validFocus(undefined)).toEqual({ x: 0.5, y: 0.5 });
    expect(validFocus({ x: Number.NaN, y: 0.2 })).toEqual({ x: 0.5, y: 0.5 });
    expect(validFocus({ x: -1, y: 3 })).toEqual({ x: 0, y: 1 });
    expect(() => planCrop({ width: 0, height: 10 }, square)).toThrow(RangeError);
  });

  it('names each file after the portrait and its size', () => {
    expect(cropFileName('portraet-12', { width: 1200, height: 627 })).toBe('portraet-12-1200x627.jpg');
  });
});
