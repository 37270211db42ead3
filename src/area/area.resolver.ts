import { Query, Resolver } from 'type-graphql';
import { AREAS } from '../importer/import-schema';
import { AREA_LABELS } from './area-vocabulary';
import { Area } from './area.type';

@Resolver()
export class AreaResolver {
  @Query(() => [Area], { description: 'Every area of law `area` arguments accept, with Danish labels.' })
  areas(): Area[] {
    return AREAS.map((id) => Object.assign(new Area(), { id, label: AREA_LABELS[id] }));
  }
}
