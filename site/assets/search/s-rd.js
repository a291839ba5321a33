(self.SURVEYOR_SEARCH||(self.SURVEYOR_SEARCH={}))["s-rd"]={"key":"rd","forms":{"rd100":[0]},"terms":[{"w":575,"p":"oXT"}]};
