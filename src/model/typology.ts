import { QuadrantModel } from './quadrant';

/** Relationship typology: x = calculative commitment, y = affective commitment. */
export type RelationshipType = 'pillar' | 'prospect' | 'hostage' | 'freeRider';
export const RELATIONSHIP_TYPES: readonly RelationshipType[] = ['pillar', 'prospect', 'hostage', 'freeRider'];

export const TYPOLOGY: QuadrantModel<RelationshipType> = {
  cells: { hh: 'pillar', lh: 'prospect', hl: 'hostage', ll: 'freeRider' },
};

/** Relationship-management attention each type needs (domain §1). */
export type Attention = 'low' | 'high' | 'tippingPoint' | 'watch';
export const ATTENTION_BY_TYPE: Readonly<Record<RelationshipType, Attention>> = {
  pillar: 'low',
  prospect: 'high',
  hostage: 'tippingPoint',
  freeRider: 'watch',
};
