import { graphql } from '../generated';

/** The yearly contracts' documents, shared by the contract suites and the next-year chain. */
export const CONTRACT_FIELDS = graphql(`
  fragment ContractFields on Contract {
    id
    year
    colour
    status
    title
    clauses
    itemCodes
    templateId
    templateVersion
    residentId
    residentName
    householdId
    householdCode
    signedOn
    witnessName
    witnessResidentId
    signedBy
    terminatedOn
    terminationReason
  }
`);

export const GENERATE_CONTRACT_DRAFTS = graphql(`
  mutation GenerateContractDrafts($input: GenerateContractDraftsInput!) {
    generateContractDrafts(input: $input) {
      created
      byColour {
        colour
        count
      }
    }
  }
`);

export const CONTRACTS = graphql(`
  query Contracts($villageId: ID!, $year: Int, $colour: ContractColour, $status: ContractStatus) {
    contracts(villageId: $villageId, year: $year, colour: $colour, status: $status, limit: 100) {
      total
      items {
        ...ContractFields
      }
    }
  }
`);

export const CONTRACT = graphql(`
  query Contract($id: ID!) {
    contract(id: $id) {
      ...ContractFields
    }
  }
`);

/** A contract's events, oldest first. */
export const CONTRACT_HISTORY = graphql(`
  query ContractHistory($id: ID!) {
    contract(id: $id) {
      history {
        kind
        fromStatus
        toStatus
        effectiveOn
        createdBy
      }
    }
  }
`);

export const SIGN_CONTRACT = graphql(`
  mutation SignContract($input: SignContractInput!) {
    signContract(input: $input) {
      ...ContractFields
    }
  }
`);

export const TERMINATE_CONTRACT = graphql(`
  mutation TerminateContract($input: TerminateContractInput!) {
    terminateContract(input: $input) {
      ...ContractFields
    }
  }
`);

export const CONTRACT_COVERAGE = graphql(`
  query ContractCoverage($villageId: ID!, $year: Int!) {
    contractCoverage(villageId: $villageId, year: $year) {
      colour
      eligible
      drafted
      signed
      terminated
      coverageRate
    }
  }
`);
