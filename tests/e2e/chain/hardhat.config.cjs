// A local chain for browser tests. The chain id comes from the environment so the tests can run
// two chains and switch between them.
module.exports = {
  networks: {
    hardhat: {
      chainId: Number(process.env.SEXTANT_CHAIN_ID || 31337),
      mining: { auto: true },
    },
  },
};
