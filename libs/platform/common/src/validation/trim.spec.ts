import { plainToInstance } from 'class-transformer';
import { Trim } from './trim';

class Probe {
  @Trim()
  name: unknown;
}

describe('Trim', () => {
  it('trims strings and passes anything else through', () => {
    expect(plainToInstance(Probe, { name: '  大泽头村 ' }).name).toBe('大泽头村');
    expect(plainToInstance(Probe, { name: 7 }).name).toBe(7);
    expect(plainToInstance(Probe, { name: null }).name).toBeNull();
  });
});
