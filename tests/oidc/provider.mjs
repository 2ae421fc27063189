// A real OpenID Provider (panva's oidc-provider, OpenID Certified) on loopback, for the cluster
// sign-in test only: test accounts with their groups, any non-empty password for a known account.
//   node tests/oidc/provider.mjs   (env: OIDC_PORT, OIDC_CLIENT_ID, OIDC_CLIENT_SECRET, OIDC_REDIRECT_URI)
import Provider from 'oidc-provider';

const port = Number(process.env.OIDC_PORT || 9400);
const issuer = `http://127.0.0.1:${port}`;
const ACCOUNTS = {
  'hr-admin': { email: 'hr-admin@example.test', name: 'Test HR admin', groups: ['hr-admin'] },
  'hr-1': { email: 'hr-1@example.test', name: 'Test HR one', groups: ['hr'] },
  'hr-2': { email: 'hr-2@example.test', name: 'Test HR two', groups: ['hr'] },
  'analyst-1': { email: 'analyst-1@example.test', name: 'Test analyst', groups: ['analyst'] },
};

const provider = new Provider(issuer, {
  clients: [{
    client_id: process.env.OIDC_CLIENT_ID || 'salary-explorer',
    client_secret: process.env.OIDC_CLIENT_SECRET || 'test-secret',
    redirect_uris: [process.env.OIDC_REDIRECT_URI],
    post_logout_redirect_uris: [process.env.OIDC_REDIRECT_URI],
    grant_types: ['authorization_code'],
    response_types: ['code'],
  }],
  claims: {
    openid: ['sub'], email: ['email', 'email_verified'], profile: ['name'], groups: ['groups'],
  },
  scopes: ['openid', 'email', 'profile', 'groups'],
  conformIdTokenClaims: false, // else scope claims go only to /me and st.user holds nothing but sub
  features: { devInteractions: { enabled: true }, rpInitiatedLogout: { enabled: true } },
  async findAccount(ctx, id) {
    const account = ACCOUNTS[id];
    if (!account) return undefined;
    return { accountId: id, async claims() { return { sub: id, email_verified: true, ...account }; } };
  },
  ttl: { Session: 600, Interaction: 600, Grant: 600, IdToken: 3600, AccessToken: 3600, AuthorizationCode: 60 },
});
provider.listen(port, '127.0.0.1', () => console.log(`oidc-provider listening on ${issuer}`));
