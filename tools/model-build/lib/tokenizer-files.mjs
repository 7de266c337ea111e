// Hugging Face tokenizer files for the assembled vocabulary, plus the minimal config.json.
// Same pipeline as bert-base-uncased (lowercase, strip accents, split on whitespace and
// punctuation, greedy longest-match WordPiece), so added whole words such as "restaking" win over
// their fragments simply by being in the vocabulary.
import { specialTokens } from './vocab.mjs';

// No positions in a static model: the limit only bounds work per text (Transformers.js truncates).
export const modelMaxLength = 512;

export function tokenizerJson(tokens) {
  const vocab = Object.fromEntries(tokens.map((t, i) => [t, i]));
  const idOf = (t) => vocab[t];
  const special = (t, type_id) => ({ SpecialToken: { id: t, type_id } });
  const sequence = (id, type_id) => ({ Sequence: { id, type_id } });
  return {
    version: '1.0',
    truncation: null,
    padding: null,
    added_tokens: specialTokens.map((content) => ({
      id: idOf(content),
      content,
      single_word: false,
      lstrip: false,
      rstrip: false,
      normalized: false,
      special: true,
    })),
    normalizer: {
      type: 'BertNormalizer',
      clean_text: true,
      handle_chinese_chars: true,
      strip_accents: true,
      lowercase: true,
    },
    pre_tokenizer: { type: 'BertPreTokenizer' },
    post_processor: {
      type: 'TemplateProcessing',
      single: [special('[CLS]', 0), sequence('A', 0), special('[SEP]', 0)],
      pair: [special('[CLS]', 0), sequence('A', 0), special('[SEP]', 0), sequence('B', 1), special('[SEP]', 1)],
      special_tokens: Object.fromEntries(
        ['[CLS]', '[SEP]'].map((t) => [t, { id: t, ids: [idOf(t)], tokens: [t] }]),
      ),
    },
    decoder: { type: 'WordPiece', prefix: '##', cleanup: true },
    model: {
      type: 'WordPiece',
      unk_token: '[UNK]',
      continuing_subword_prefix: '##',
      max_input_chars_per_word: 100,
      vocab,
    },
  };
}

export function tokenizerConfigJson() {
  return {
    tokenizer_class: 'BertTokenizer',
    do_lower_case: true,
    strip_accents: null,
    tokenize_chinese_chars: true,
    model_max_length: modelMaxLength, // Transformers.js 2.x fails with "Invalid array length" without it
    clean_up_tokenization_spaces: true,
    unk_token: '[UNK]',
    sep_token: '[SEP]',
    pad_token: '[PAD]',
    cls_token: '[CLS]',
    mask_token: '[MASK]',
  };
}

export function configJson({ vocabSize, dims }) {
  return {
    model_type: 'bert', // any encoder type works: the pipeline only runs the graph and pools
    architectures: ['StaticEmbedding'],
    hidden_size: dims,
    vocab_size: vocabSize,
    num_hidden_layers: 0,
    max_position_embeddings: modelMaxLength,
    pad_token_id: 0,
  };
}
