import type { productsMessages as english } from '../en/products';
import type { CatalogOf } from '../catalog';

/** 中文消息：产品目录。 */
export const productsMessages: CatalogOf<typeof english> = {
  'nav.products': '产品目录',
  'products.title': '产品目录',
  'products.subtitle': '购买记录从这里选择产品，每个产品都有风险等级（R1 最低 … R5 最高）。',
  'products.add': '添加产品',
  'products.addTitle': '添加产品',
  'products.editTitle': '编辑产品',
  'products.edit': '编辑产品 {name}',
  'products.delete': '删除产品 {name}',
  'products.deleteTitle': '删除这个产品？',
  'products.deleteBody': '从产品目录中删除“{name}”？已有的购买记录保留产品名称和风险等级。',
  'products.saved': '产品已保存。',
  'products.deleted': '产品已删除。',
  'products.empty': '还没有产品。请添加本网点销售的产品及其风险等级。',
  'product.name': '产品名称',
  'product.category': '类别',
  'product.rating': '风险等级',
  'product.term': '期限（天）',
  'product.termHint': '没有固定期限时留空。',
  'product.purchases': '购买笔数',
  'products.termDays': '{count, number} 天',
  'productRating.1': 'R1 低风险',
  'productRating.2': 'R2 中低风险',
  'productRating.3': 'R3 中风险',
  'productRating.4': 'R4 中高风险',
  'productRating.5': 'R5 高风险',
  'products.nameRequired': '请填写产品名称。',
  'products.nameTaken': '产品目录中已有同名产品。',
  'products.ratingInvalid': '请选择 R1 到 R5 的风险等级。',
  'products.termInvalid': '期限应为 1 到 36,500 之间的整数天数。',
  'products.unknown.title': '不在产品目录中的产品名称',
  'products.unknown.hint':
    '以下名称出现在录入或导入的购买记录中。添加产品并设定风险等级后，这些购买记录会关联到该产品。',
  'products.unknown.count': '{count, number} 笔购买',
  'products.unknown.add': '添加为 {rating}',
  'products.unknown.addLabel': '将 {name} 添加为 {rating}',
  'products.importUnknown':
    '有 {count, number} 个产品名称不在产品目录中：{names}。请在“产品目录”页添加，以便进行风险匹配。',
  'products.cliUnknown': '有 {count, number} 个产品名称不在产品目录中：{names}',
  'products.cliSeeded':
    '购买记录：{products, number} 个产品共 {count, number} 笔购买，{assessments, number} 次风险评估。',
  'products.openCatalogue': '打开产品目录',
  'products.freeText': '不在产品目录中：无法进行风险匹配。',
};
