import { ContractTemplatesScreen } from '../district/contract-templates-screen';

/** The town's extensions of the district's contract templates. */
export default function TownContractTemplatesPage() {
  return <ContractTemplatesScreen level="TOWN" />;
}
