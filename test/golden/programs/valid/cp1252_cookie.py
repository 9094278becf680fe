# coding=cp1252
s = "€ quote “x”"
