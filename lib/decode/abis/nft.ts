import { parseAbi } from 'viem';
import type { KindTable } from './kind-table';

/**
 * NFT approvals and transfers (ERC-721 / ERC-1155), common mint entry points (Zora, SeaDrop,
 * thirdweb, Manifold, Highlight), creating a collection (Zora), and marketplaces: Seaport, Blur,
 * Treasure and Decentraland. Aavegotchi's game call rides along.
 */
export const NFT_ABI = parseAbi([
  // ERC-721 / ERC-1155. ERC-721 approve(address,uint256) shares ERC-20 approve's selector: erc20.ts owns it.
  'function setApprovalForAll(address operator, bool approved)',
  'function safeTransferFrom(address from, address to, uint256 tokenId)',
  'function safeTransferFrom(address from, address to, uint256 tokenId, bytes data)',
  'function safeTransferFrom(address from, address to, uint256 id, uint256 amount, bytes data)',
  'function safeBatchTransferFrom(address from, address to, uint256[] ids, uint256[] amounts, bytes data)',

  // Mint entry points seen on drops. mint(uint256) and mint() collide with Compound v2 cTokens
  // (lending.ts); the dApp's category decides.
  'function mint()',
  'function mint(uint256 quantity)',
  'function mint(address to, uint256 quantity)',
  'function safeMint(address to)',
  'function publicMint(uint256 quantity)',
  'function purchase(uint256 quantity) payable returns (uint256)',
  'function mintWithRewards(address recipient, uint256 quantity, string comment, address mintReferral) payable returns (uint256)',
  // Zora 1155: older mintWithRewards, current mint with rewards recipients, and the timed-sale strategy.
  'function mintWithRewards(address minter, uint256 tokenId, uint256 quantity, bytes minterArguments, address mintReferral) payable',
  'function mint(address minter, uint256 tokenId, uint256 quantity, address[] rewardsRecipients, bytes minterArguments) payable',
  'function mint(address mintTo, uint256 quantity, address collection, uint256 tokenId, address mintReferral, string comment) payable',
  // OpenSea SeaDrop and thirdweb Drop.
  'function mintPublic(address nftContract, address feeRecipient, address minterIfNotPayer, uint256 quantity) payable',
  'struct AllowlistProof { bytes32[] proof; uint256 quantityLimitPerWallet; uint256 pricePerToken; address currency; }',
  'function claim(address receiver, uint256 quantity, address currency, uint256 pricePerToken, AllowlistProof allowlistProof, bytes data) payable',
  // Manifold claim extensions (ERC721/1155 lazy payable claims) and Highlight's MintManager.
  'function mint(address creatorContractAddress, uint256 instanceId, uint32 mintIndex, bytes32[] merkleProof, address mintFor) payable',
  'function vectorMint721(uint256 vectorId, uint48 numTokensToMint, address mintRecipient) payable',

  // Zora 1155 factory (0x777777C338d93e2C7adf08D102d45CA7CC4Ed021): creating a new collection contract.
  'struct RoyaltyConfiguration { uint32 royaltyMintSchedule; uint32 royaltyBPS; address royaltyRecipient; }',
  'function createContract(string newContractURI, string name, RoyaltyConfiguration defaultRoyaltyConfiguration, address defaultAdmin, bytes[] setupActions) returns (address)',

  // Seaport 1.x (taking an order: buying a listing, or accepting an offer).
  'struct AdditionalRecipient { uint256 amount; address recipient; }',
  'struct BasicOrderParameters { address considerationToken; uint256 considerationIdentifier; uint256 considerationAmount; address offerer; address zone; address offerToken; uint256 offerIdentifier; uint256 offerAmount; uint8 basicOrderType; uint256 startTime; uint256 endTime; bytes32 zoneHash; uint256 salt; bytes32 offererConduitKey; bytes32 fulfillerConduitKey; uint256 totalOriginalAdditionalRecipients; AdditionalRecipient[] additionalRecipients; bytes signature; }',
  'struct OfferItem { uint8 itemType; address token; uint256 identifierOrCriteria; uint256 startAmount; uint256 endAmount; }',
  'struct ConsiderationItem { uint8 itemType; address token; uint256 identifierOrCriteria; uint256 startAmount; uint256 endAmount; address recipient; }',
  'struct OrderParameters { address offerer; address zone; OfferItem[] offer; ConsiderationItem[] consideration; uint8 orderType; uint256 startTime; uint256 endTime; bytes32 zoneHash; uint256 salt; bytes32 conduitKey; uint256 totalOriginalConsiderationItems; }',
  'struct Order { OrderParameters parameters; bytes signature; }',
  'struct AdvancedOrder { OrderParameters parameters; uint120 numerator; uint120 denominator; bytes signature; bytes extraData; }',
  'struct CriteriaResolver { uint256 orderIndex; uint8 side; uint256 index; uint256 identifier; bytes32[] criteriaProof; }',
  'struct FulfillmentComponent { uint256 orderIndex; uint256 itemIndex; }',
  'struct Fulfillment { FulfillmentComponent[] offerComponents; FulfillmentComponent[] considerationComponents; }',
  'function fulfillBasicOrder(BasicOrderParameters parameters) payable returns (bool)',
  'function fulfillBasicOrder_efficient_6GL6yc(BasicOrderParameters parameters) payable returns (bool)',
  'function fulfillOrder(Order order, bytes32 fulfillerConduitKey) payable returns (bool)',
  'function fulfillAdvancedOrder(AdvancedOrder advancedOrder, CriteriaResolver[] criteriaResolvers, bytes32 fulfillerConduitKey, address recipient) payable returns (bool)',
  'function fulfillAvailableOrders(Order[] orders, FulfillmentComponent[][] offerFulfillments, FulfillmentComponent[][] considerationFulfillments, bytes32 fulfillerConduitKey, uint256 maximumFulfilled) payable returns (bool[], bytes)',
  'function fulfillAvailableAdvancedOrders(AdvancedOrder[] advancedOrders, CriteriaResolver[] criteriaResolvers, FulfillmentComponent[][] offerFulfillments, FulfillmentComponent[][] considerationFulfillments, bytes32 fulfillerConduitKey, address recipient, uint256 maximumFulfilled) payable returns (bool[], bytes)',
  'function matchOrders(Order[] orders, Fulfillment[] fulfillments) payable returns (bytes)',
  'function matchAdvancedOrders(AdvancedOrder[] orders, CriteriaResolver[] criteriaResolvers, Fulfillment[] fulfillments, address recipient) payable returns (bytes)',

  // Blur Exchange (v1): a matched sell/buy pair, or a batch of them.
  'struct Fee { uint16 rate; address recipient; }',
  'struct BlurOrder { address trader; uint8 side; address matchingPolicy; address collection; uint256 tokenId; uint256 amount; address paymentToken; uint256 price; uint256 listingTime; uint256 expirationTime; Fee[] fees; uint256 salt; bytes extraParams; }',
  'struct Input { BlurOrder order; uint8 v; bytes32 r; bytes32 s; bytes extraSignature; uint8 signatureVersion; uint256 blockNumber; }',
  'struct Execution { Input sell; Input buy; }',
  'function execute(Input sell, Input buy) payable',
  'function bulkExecute(Execution[] executions) payable',

  // Treasure marketplace (Arbitrum) and Decentraland's marketplace (Polygon).
  'struct BuyItemParams { address nftAddress; uint256 tokenId; address owner; uint64 quantity; uint128 maxPricePerItem; address paymentToken; bool usingEth; }',
  'function buyItems(BuyItemParams[] buyItemParams) payable',
  'function executeOrder(address nftAddress, uint256 assetId, uint256 price)',

  // Aavegotchi: petting gotchis is game play, not a trade.
  'function interact(uint256[] tokenIds)',
]);

export const NFT_KINDS: KindTable = {
  setApprovalForAll: 'nft-approval',
  safeTransferFrom: 'transfer',
  safeBatchTransferFrom: 'transfer',
  mint: 'mint',
  safeMint: 'mint',
  publicMint: 'mint',
  purchase: 'mint',
  mintWithRewards: 'mint',
  mintPublic: 'mint',
  claim: 'mint',
  fulfillBasicOrder: 'buy-nft',
  fulfillBasicOrder_efficient_6GL6yc: 'buy-nft',
  fulfillOrder: 'buy-nft',
  fulfillAdvancedOrder: 'buy-nft',
  fulfillAvailableOrders: 'buy-nft',
  fulfillAvailableAdvancedOrders: 'buy-nft',
  matchOrders: 'buy-nft',
  matchAdvancedOrders: 'buy-nft',
  execute: 'buy-nft',
  bulkExecute: 'buy-nft',
  vectorMint721: 'mint',
  createContract: 'deploy',
  buyItems: 'buy-nft',
  executeOrder: 'buy-nft',
  interact: 'contract-call',
};
