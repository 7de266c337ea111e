import { encodeFunctionData, toFunctionSignature, type Abi, type AbiFunction, type Hex } from 'viem';

/** The ABI item with exactly this canonical signature, so tests pick overloads unambiguously. */
function abiFunction(abi: Abi, signature: string): AbiFunction {
  const item = abi.find((i): i is AbiFunction => i.type === 'function' && toFunctionSignature(i) === signature);
  if (!item) throw new Error(`no ${signature} in ABI`);
  return item;
}

/** Calldata for one overload, encoded by viem against the project's own ABI constants. */
export function encodeCall(abi: Abi, signature: string, args: readonly unknown[]): Hex {
  const params = { abi: [abiFunction(abi, signature)], args };
  return encodeFunctionData(params as unknown as Parameters<typeof encodeFunctionData>[0]);
}

/** Real mainnet addresses the tests build calldata around. */
export const MAINNET = {
  user: '0xd8dA6BF26964aF9D7eEd9e03E53415D37aA96045',
  usdc: '0xA0b86991c6218b36c1d19D4a2e9Eb0cE3606eB48',
  usdt: '0xdAC17F958D2ee523a2206206994597C13D831ec7',
  dai: '0x6B175474E89094C44Da98b954EedeAC495271d0F',
  weth: '0xC02aaA39b223FE8D0A0e5C4F27eAD9083C756Cc2',
  universalRouter: '0x66a9893cC07D91D95644AEDD05D03f95e1dBA8Af',
  swapRouter02: '0x68b3465833fb72A70ecDF485E0e4C7bD8665Fc45',
  v2Router: '0x7a250d5630B4cF539739dF2C5dAcb4c659F2488D',
  positionManager: '0xC36442b4a4522E871399CD717aBDD847Ab11FE88',
  oneInchV6: '0x111111125421cA6dc452d289314280a0f8842A65',
  aaveV3Pool: '0x87870Bca3F3fD6335C3F4ce8392D69350B4fA4E2',
  morphoBlue: '0xBBBBBbbBBb9cC5e90e3b3Af64bdAF62C37EEFFCb',
  stETH: '0xae7ab96520DE3A18E5e111B5EaAb095312D7fE84',
  lidoWithdrawalQueue: '0x889edC2eDab5f40e902b864aD4d7AdE8E412F9B1',
  rocketDepositPool: '0xDD3f50F8A6CafbE9b31a427582963f465E745AF8',
  acrossSpokePool: '0x5c7BCd6E7De5423a257D81B442095A1a6ced35C5',
  permit2: '0x000000000022D473030F116dDEE9F6B43aC78BA3',
  seaport16: '0x0000000000000068F116a894984e2DB1123eB395',
  openSeaConduit: '0x1E0049783F008A0085193E00003D00cd54003c71',
  bayc: '0xBC4CA0EdA7647A8aB7C2061c2E118A18a936f13D',
  cowSettlement: '0x9008D19f58AAbD9eD0D60971565AA8510560ab41',
  ensController: '0x253553366Da8546fC250F225fe3d25d0C782303b',
  uniswapGovernor: '0x408ED6354d4973f66138C91495F2f2FCbd8724C3',
} as const;
