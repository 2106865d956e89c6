import { graphql } from '@village/web/graphql';

export const UsersQuery = graphql(`
  query AccountsUsers($unitId: ID!, $limit: Int!, $offset: Int!) {
    users(unitId: $unitId, limit: $limit, offset: $offset) {
      total
      items {
        id
        username
        displayName
        disabled
        locked
        lockedUntil
        mustChangePassword
        lastLoginAt
        createdAt
        homeUnit {
          id
          name
        }
        roles {
          id
          role
          roleLabel
          orgUnit {
            id
            name
          }
        }
      }
    }
  }
`);

export const AccountUnitsQuery = graphql(`
  query AccountsUnits {
    towns(limit: 100) {
      items {
        id
        name
      }
    }
    villages(limit: 100) {
      items {
        id
        name
        townId
      }
    }
  }
`);

export const CreateStaffAccountMutation = graphql(`
  mutation AccountsCreateStaffAccount($input: CreateStaffAccountInput!) {
    createStaffAccount(input: $input) {
      oneTimePassword
      account {
        id
        username
        displayName
      }
    }
  }
`);

export const GrantRoleMutation = graphql(`
  mutation AccountsGrantRole($input: GrantRoleInput!) {
    grantRole(input: $input) {
      id
    }
  }
`);

export const RevokeRoleMutation = graphql(`
  mutation AccountsRevokeRole($assignmentId: ID!) {
    revokeRole(assignmentId: $assignmentId) {
      id
    }
  }
`);

export const DisableAccountMutation = graphql(`
  mutation AccountsDisableAccount($userId: ID!) {
    disableAccount(userId: $userId) {
      id
      disabled
    }
  }
`);

export const EnableAccountMutation = graphql(`
  mutation AccountsEnableAccount($userId: ID!) {
    enableAccount(userId: $userId) {
      id
      disabled
    }
  }
`);

export const UnlockAccountMutation = graphql(`
  mutation AccountsUnlockAccount($userId: ID!) {
    unlockAccount(userId: $userId) {
      id
      locked
    }
  }
`);

export const ResetPasswordMutation = graphql(`
  mutation AccountsResetPassword($userId: ID!) {
    resetPassword(userId: $userId) {
      oneTimePassword
      account {
        id
        username
        displayName
      }
    }
  }
`);
