import { graphql } from '@village/web/graphql';

export const ContractTemplatesQuery = graphql(`
  query DistrictContractTemplates($unitId: ID, $colour: ContractColour, $limit: Int!, $offset: Int!) {
    contractTemplates(unitId: $unitId, colour: $colour, limit: $limit, offset: $offset) {
      total
      items {
        id
        colour
        title
        version
        status
        townId
        extendsTemplateId
        clauses
        itemCodes
        publishedAt
      }
    }
  }
`);

export const ContractTemplateQuery = graphql(`
  query DistrictContractTemplate($id: ID!) {
    contractTemplate(id: $id) {
      id
      colour
      title
      version
      status
      townId
      extendsTemplateId
      clauses
      itemCodes
      publishedAt
      createdAt
    }
  }
`);

export const CreateContractTemplateMutation = graphql(`
  mutation DistrictCreateContractTemplate($input: CreateContractTemplateInput!) {
    createContractTemplate(input: $input) {
      id
    }
  }
`);

export const AddContractClauseMutation = graphql(`
  mutation DistrictAddContractClause($input: AddContractClauseInput!) {
    addContractClause(input: $input) {
      id
      clauses
    }
  }
`);

export const SetContractTemplateItemsMutation = graphql(`
  mutation DistrictSetContractTemplateItems($input: SetContractTemplateItemsInput!) {
    setContractTemplateItems(input: $input) {
      id
      itemCodes
    }
  }
`);

export const PublishContractTemplateMutation = graphql(`
  mutation DistrictPublishContractTemplate($id: ID!) {
    publishContractTemplate(id: $id) {
      id
      status
    }
  }
`);
