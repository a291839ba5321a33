(self.SURVEYOR_SEARCH||(self.SURVEYOR_SEARCH={}))["s-cn"]={"key":"cn","forms":{"cnf":[0]},"terms":[{"w":575,"p":"rHU"}]};
