import type { IsoDate } from '../../../shared/domain/models';
import type { IPersonalData } from '../domain/personalData';

/** Collects *Se alt om mig* for the signed-in person, with their own rights (PersonalDataRepository). */
export interface IPersonalDataSource {
  collect(today: IsoDate): Promise<IPersonalData>;
}
