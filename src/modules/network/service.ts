// The network module's public face for other modules: use cases and scope helpers (never its tables).
export {
  createNetwork,
  getNetwork,
  listNetworks,
  listSubdivisions,
  removeNetworkMember,
  searchComuni,
  setNetworkMember,
  updateNetwork,
} from './networks.ts';
export {
  createOrganisation,
  getOrganisation,
  listOrganisations,
  updateOrganisation,
} from './organisations.ts';
export { ensureReferenceData } from './reference-data.ts';
export { networkIdsOf, organisationInScope, organisationScope } from './scope.ts';
