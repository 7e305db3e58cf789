# -*- coding: utf-8 -*-
# 中文注释: Unicode in comments, strings and identifiers.
问候 = "你好，世界"
print(问候)
print(len(问候))
print(问候[0], 问候[-1])
def 加(甲, 乙):
    return 甲 + 乙
print(加(1, 2))
名字 = ['张三', '李四', '王五']
for i, 名 in enumerate(名字):
    print(i, 名)
print("café".upper(), "straße".upper())
print("日本語".encode("utf-8"))
print(ord("中"), chr(20013))
print("αβγ"[::-1])
print(repr("中文"), ascii("中文"))
print(f"{问候:>8}|")
