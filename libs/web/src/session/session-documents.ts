import { graphql } from '../graphql/generated';

export const LoginDocument = graphql(`
  mutation WebLogin($input: LoginInput!) {
    login(input: $input) {
      accessToken
      mustChangePassword
    }
  }
`);

export const LogoutDocument = graphql(`
  mutation WebLogout {
    logout
  }
`);

export const ChangePasswordDocument = graphql(`
  mutation WebChangePassword($input: ChangePasswordInput!) {
    changePassword(input: $input) {
      accessToken
      mustChangePassword
    }
  }
`);

export const MeDocument = graphql(`
  query WebMe {
    me {
      id
      username
      displayName
      roles {
        role
        roleLabel
        permissions
        orgUnit {
          id
          name
          level
        }
      }
    }
  }
`);
