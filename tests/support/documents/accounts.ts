import { graphql } from '../generated';

/** Account administration and one's own password (libs/platform/auth/src/accounts). */
export const ACCOUNT_FIELDS = graphql(`
  fragment AccountFields on UserAccount {
    id
    username
    displayName
    homeUnit {
      id
      name
    }
    roles {
      id
      role
      orgUnit {
        id
        name
      }
    }
    lastLoginAt
    locked
    disabled
    mustChangePassword
  }
`);

export const SIGN_IN = graphql(`
  mutation SignIn($input: LoginInput!) {
    login(input: $input) {
      accessToken
      mustChangePassword
    }
  }
`);

export const CREATE_STAFF_ACCOUNT = graphql(`
  mutation CreateStaffAccount($input: CreateStaffAccountInput!) {
    createStaffAccount(input: $input) {
      account {
        ...AccountFields
      }
      oneTimePassword
    }
  }
`);

export const GRANT_ROLE = graphql(`
  mutation GrantRole($input: GrantRoleInput!) {
    grantRole(input: $input) {
      id
      userId
      role
      orgUnit {
        id
        name
      }
      revokedAt
    }
  }
`);

export const REVOKE_ROLE = graphql(`
  mutation RevokeRole($assignmentId: ID!) {
    revokeRole(assignmentId: $assignmentId) {
      id
      role
      revokedAt
    }
  }
`);

export const DISABLE_ACCOUNT = graphql(`
  mutation DisableAccount($userId: ID!) {
    disableAccount(userId: $userId) {
      ...AccountFields
    }
  }
`);

export const ENABLE_ACCOUNT = graphql(`
  mutation EnableAccount($userId: ID!) {
    enableAccount(userId: $userId) {
      ...AccountFields
    }
  }
`);

export const UNLOCK_ACCOUNT = graphql(`
  mutation UnlockAccount($userId: ID!) {
    unlockAccount(userId: $userId) {
      ...AccountFields
    }
  }
`);

export const RESET_PASSWORD = graphql(`
  mutation ResetPassword($userId: ID!) {
    resetPassword(userId: $userId) {
      account {
        ...AccountFields
      }
      oneTimePassword
    }
  }
`);

export const CHANGE_PASSWORD = graphql(`
  mutation ChangePassword($input: ChangePasswordInput!) {
    changePassword(input: $input) {
      accessToken
      mustChangePassword
    }
  }
`);

export const LOGOUT = graphql(`
  mutation Logout {
    logout
  }
`);

export const USERS = graphql(`
  query Users($unitId: ID!, $limit: Int!, $offset: Int) {
    users(unitId: $unitId, limit: $limit, offset: $offset) {
      total
      items {
        ...AccountFields
      }
    }
  }
`);
