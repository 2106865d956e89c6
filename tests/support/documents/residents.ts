import { graphql } from '../generated';

/** The residents lib's writes the builders reach through GraphQL: its services are not exported. */
export const CREATE_GRID = graphql(`
  mutation ArrangeGrid($input: CreateGridInput!) {
    createGrid(input: $input) {
      id
      code
      name
    }
  }
`);

export const CREATE_HOUSEHOLD = graphql(`
  mutation ArrangeHousehold($input: CreateHouseholdInput!) {
    createHousehold(input: $input) {
      id
      code
    }
  }
`);

export const ADD_SUBJECT_ROLE = graphql(`
  mutation ArrangeSubjectRole($input: AddSubjectRoleInput!) {
    addSubjectRole(input: $input) {
      id
      subjectType
    }
  }
`);

export const CREATE_RESIDENT_LOGIN = graphql(`
  mutation ArrangeResidentLogin($input: CreateResidentLoginInput!) {
    createResidentLogin(input: $input) {
      id
    }
  }
`);

export const SET_GRID_LEADER = graphql(`
  mutation ArrangeGridLeader($input: SetGridLeaderInput!) {
    setGridLeader(input: $input) {
      id
    }
  }
`);

export const SET_HOUSEHOLD_HEAD = graphql(`
  mutation ArrangeHouseholdHead($input: SetHouseholdHeadInput!) {
    setHouseholdHead(input: $input) {
      id
    }
  }
`);
